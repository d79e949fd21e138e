/**
 * The example pipeline's steps compute what train.py computes. No KFP cluster and no KFP SDK
 * here: each component's function is called in order by a tiny stand-in for the `kfp` package
 * (dsl.component returns the function, artifacts are files with .path and .metadata), under
 * the python3 that has scikit-learn, and the Metrics the evaluate step logs must equal the
 * metrics.json train.py writes from the same data and params.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, pythonPath } from '../helpers/paths.js';

const STUB_DSL = `
class _Artifact:
    def __init__(self, path):
        self.path = path
        self.uri = path
        self.metadata = {}

    def log_metric(self, metric, value):
        self.metadata[metric] = value


class Dataset(_Artifact):
    pass


class Model(_Artifact):
    pass


class Metrics(_Artifact):
    pass


class _Annotation:
    def __class_getitem__(cls, item):
        return item


Input = Output = _Annotation


def component(**_options):
    def wrap(func):
        func.python_func = func
        return func
    return wrap


def pipeline(**_options):
    return lambda func: func
`;

const RUNNER = `
import json, os, sys
sys.path.insert(0, sys.argv[1])
import pipeline as p
from kfp.dsl import Dataset, Model, Metrics
work = sys.argv[2]
a = lambda cls, name: cls(os.path.join(work, name))
raw, train, test, trf, tef, model, metrics = a(Dataset, "raw"), a(Dataset, "train"), a(Dataset, "test"), a(Dataset, "trf"), a(Dataset, "tef"), a(Model, "model"), a(Metrics, "metrics")
p.load_data.python_func(data_uri=os.path.join(sys.argv[1], "data", "housing.csv"), raw=raw)
p.preprocess.python_func(raw=raw, test_size=0.2, random_state=42, train=train, test=test)
p.engineer_features.python_func(train=train, test=test, add_ratios=True, add_bay_distance=True, train_features=trf, test_features=tef)
p.train_model.python_func(train_features=trf, n_estimators=60, max_depth=12, min_samples_leaf=2, random_state=42, n_jobs=2, model=model)
p.evaluate.python_func(test_features=tef, model=model, metrics=metrics)
print(json.dumps(metrics.metadata))
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-kfp-example-'));
  mkdirSync(join(dir, 'stub', 'kfp'), { recursive: true });
  writeFileSync(join(dir, 'stub', 'kfp', '__init__.py'), '');
  writeFileSync(join(dir, 'stub', 'kfp', 'dsl.py'), STUB_DSL);
  writeFileSync(join(dir, 'stub', 'kfp', 'compiler.py'), 'class Compiler:\n    def compile(self, *args, **kwargs):\n        raise RuntimeError("the stand-in does not compile")\n');
  writeFileSync(join(dir, 'run.py'), RUNNER);
  cpSync(EXAMPLE, join(dir, 'example'), { recursive: true });
  mkdirSync(join(dir, 'work'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the steps load → preprocess → feature engineering → train → evaluate log the metrics train.py writes', () => {
  const env = { ...process.env, PATH: pythonPath(), PYTHONDONTWRITEBYTECODE: '1' };
  const fromPipeline = JSON.parse(execFileSync('python3', [join(dir, 'run.py'), join(dir, 'example'), join(dir, 'work')], { env: { ...env, PYTHONPATH: join(dir, 'stub') }, encoding: 'utf8' })) as Record<string, number>;
  execFileSync('python3', ['train.py'], { cwd: join(dir, 'example'), env, stdio: 'ignore' });
  const fromTrainPy = JSON.parse(readFileSync(join(dir, 'example', 'metrics.json'), 'utf8')) as Record<string, number>;
  expect(fromPipeline).toEqual(fromTrainPy);
  expect(Object.keys(fromPipeline).sort()).toEqual(['mae', 'r2', 'rmse']);
});
