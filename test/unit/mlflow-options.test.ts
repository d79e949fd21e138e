/** mlflowOptions: raw option text and the environment to MlflowOptions, or an OptionError naming the key; mlflowAuth: MLflow's credential variables. */
import { OptionError } from '../../src/errors.js';
import { mlflowAuth } from '../../src/mlflow/credentials.js';
import { mlflowOptions, type MlflowRawOptions } from '../../src/mlflow/options.js';

const URI = 'https://mlflow.example.com';

describe('valid options', () => {
  it('nothing set: no MLflow', () => {
    expect(mlflowOptions({}, {})).toBeUndefined();
    expect(mlflowOptions({ 'mlflow-experiment': '  ', 'mlflow-model': [] }, { MLFLOW_TRACKING_URI: URI })).toBeUndefined();
  });

  it('the defaults, the tracking URI from MLFLOW_TRACKING_URI', () => {
    expect(mlflowOptions({ 'mlflow-experiment': 'housing' }, { MLFLOW_TRACKING_URI: `${URI}/` })).toEqual({ trackingUri: URI, experiment: 'housing', model: undefined, alias: 'champion', modelPath: 'model' });
  });

  it('every option, as the action gives them (text) and as mlops.yaml gives them (lists); the option wins over the environment', () => {
    const raw: MlflowRawOptions = { 'mlflow-tracking-uri': ` ${URI}/mlflow/ `, 'mlflow-experiment': 'housing-ci', 'mlflow-model': 'housing', 'mlflow-alias': 'production', 'mlflow-model-path': '/sk_model/' };
    const expected = { trackingUri: `${URI}/mlflow`, experiment: 'housing-ci', model: 'housing', alias: 'production', modelPath: 'sk_model' };
    expect(mlflowOptions(raw, { MLFLOW_TRACKING_URI: 'http://other:5000' })).toEqual(expected);
    const lists = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, [value as string]])) as MlflowRawOptions;
    expect(mlflowOptions(lists, {})).toEqual(expected);
  });

  it('http is accepted (an in-cluster server), and an alias with dashes and underscores', () => {
    expect(mlflowOptions({ 'mlflow-experiment': 'e', 'mlflow-alias': 'prod_eu-1' }, { MLFLOW_TRACKING_URI: 'http://mlflow.mlflow.svc:5000' })).toMatchObject({ trackingUri: 'http://mlflow.mlflow.svc:5000', alias: 'prod_eu-1' });
  });
});

const ERRORS: Array<[string, MlflowRawOptions, Record<string, string>, string, string]> = [
  ['an mlflow option without mlflow-experiment', { 'mlflow-model': 'housing' }, {}, 'mlflow-model', 'set, but mlflow-experiment is not: nothing would be tracked in MLflow.'],
  ['the tracking URI without mlflow-experiment', { 'mlflow-tracking-uri': URI }, {}, 'mlflow-tracking-uri', 'set, but mlflow-experiment is not: nothing would be tracked in MLflow.'],
  ['no tracking URI anywhere', { 'mlflow-experiment': 'e' }, { MLFLOW_TRACKING_URI: ' ' }, 'mlflow-tracking-uri', 'is required with mlflow-experiment (or MLFLOW_TRACKING_URI in the environment).'],
  ['not a URL', { 'mlflow-experiment': 'e', 'mlflow-tracking-uri': 'mlflow.example.com' }, {}, 'mlflow-tracking-uri', "the URL 'mlflow.example.com' is not a URL."],
  ['a file store', { 'mlflow-experiment': 'e' }, { MLFLOW_TRACKING_URI: 'file:///tmp/mlruns' }, 'mlflow-tracking-uri', "MLFLOW_TRACKING_URI 'file:…' is not an http or https URL: only a tracking server's REST API can be used."],
  ['databricks', { 'mlflow-experiment': 'e', 'mlflow-tracking-uri': 'databricks' }, {}, 'mlflow-tracking-uri', "the URL 'databricks' is not a URL."],
  ['credentials in the URL', { 'mlflow-experiment': 'e', 'mlflow-tracking-uri': 'https://ci:s3cret@mlflow.example.com' }, {}, 'mlflow-tracking-uri', 'the URL must not carry credentials: set MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (or MLFLOW_TRACKING_TOKEN) from secrets.'],
  ['the API path', { 'mlflow-experiment': 'e', 'mlflow-tracking-uri': `${URI}/api/2.0/mlflow` }, {}, 'mlflow-tracking-uri', `the URL '${URI}/api/2.0/mlflow' includes the API path: give the base URL, without /api/2.0/mlflow.`],
  ['a query', { 'mlflow-experiment': 'e', 'mlflow-tracking-uri': `${URI}/?o=1` }, {}, 'mlflow-tracking-uri', `the URL '${URI}/?o=1' has a query or fragment: give the base URL only.`],
  ['alias latest', { 'mlflow-experiment': 'e', 'mlflow-alias': 'Latest' }, { MLFLOW_TRACKING_URI: URI }, 'mlflow-alias', "'latest' is reserved by MLflow for the newest version."],
  ['alias like a version', { 'mlflow-experiment': 'e', 'mlflow-alias': 'v2' }, { MLFLOW_TRACKING_URI: URI }, 'mlflow-alias', "'v2' would read as a version number in models:/<model>@v2."],
  ['alias with a dot', { 'mlflow-experiment': 'e', 'mlflow-alias': 'prod.eu' }, { MLFLOW_TRACKING_URI: URI }, 'mlflow-alias', "'prod.eu' is not an alias: names may only contain alphanumerics, underscores (_) and dashes (-)."],
  ['a model name with a slash', { 'mlflow-experiment': 'e', 'mlflow-model': 'team/housing' }, { MLFLOW_TRACKING_URI: URI }, 'mlflow-model', "'team/housing' contains '/': a registered model name cannot."],
  ['a model path out of the run', { 'mlflow-experiment': 'e', 'mlflow-model-path': '../model' }, { MLFLOW_TRACKING_URI: URI }, 'mlflow-model-path', "'../model' is not an artifact path inside the run (e.g. model)."],
  ['two experiments', { 'mlflow-experiment': ['a', 'b'] }, { MLFLOW_TRACKING_URI: URI }, 'mlflow-experiment', 'give one value, not 2.'],
];

describe('errors name the option', () => {
  it.each(ERRORS)('%s', (_name, raw, env, key, detail) => {
    let caught: unknown;
    try {
      mlflowOptions(raw, env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OptionError);
    expect(caught).toMatchObject({ key, detail });
  });

  it('a password in the URL is not repeated in the message', () => {
    expect(() => mlflowOptions({ 'mlflow-experiment': 'e', 'mlflow-tracking-uri': 'https://ci:s3cret@mlflow.example.com' }, {})).toThrow(expect.objectContaining({ message: expect.not.stringContaining('s3cret') }));
  });
});

describe('mlflowAuth: MLflow\'s credential variables', () => {
  const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  it('none: no header, nothing to mask', () => {
    expect(mlflowAuth({})).toEqual({ headers: {}, secrets: [] });
    expect(mlflowAuth({ MLFLOW_TRACKING_TOKEN: '' })).toEqual({ headers: {}, secrets: [] });
  });

  it('username and password: Basic, every value and the encoding to mask', () => {
    const auth = mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'ci-bot', MLFLOW_TRACKING_PASSWORD: 'pa55-word' });
    expect(auth.headers).toEqual({ Authorization: basic('ci-bot', 'pa55-word') });
    expect(auth.secrets).toEqual(expect.arrayContaining(['pa55-word', Buffer.from('ci-bot:pa55-word').toString('base64')]));
    expect(auth.warning).toBeUndefined();
  });

  it('a token: Bearer', () => {
    expect(mlflowAuth({ MLFLOW_TRACKING_TOKEN: 'tok-123456' })).toEqual({ headers: { Authorization: 'Bearer tok-123456' }, secrets: ['tok-123456'] });
  });

  it('both kinds: Basic wins, as in MLflow\'s client, with a warning that shows no value; all values masked', () => {
    const auth = mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'ci-bot', MLFLOW_TRACKING_PASSWORD: 'pa55-word', MLFLOW_TRACKING_TOKEN: 'tok-123456' });
    expect(auth.headers).toEqual({ Authorization: basic('ci-bot', 'pa55-word') });
    expect(auth.secrets).toEqual(expect.arrayContaining(['pa55-word', 'tok-123456']));
    expect(auth.warning).toBe("MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD and MLFLOW_TRACKING_TOKEN are all set: Basic authentication is used and the token is not (as in MLflow's client).");
  });

  it('half a Basic pair is a warning; the token is used when set', () => {
    expect(mlflowAuth({ MLFLOW_TRACKING_PASSWORD: 'pa55-word' })).toEqual({ headers: {}, secrets: ['pa55-word'], warning: 'MLFLOW_TRACKING_PASSWORD is set without MLFLOW_TRACKING_USERNAME: no credentials are sent.' });
    expect(mlflowAuth({ MLFLOW_TRACKING_USERNAME: 'ci-bot', MLFLOW_TRACKING_TOKEN: 'tok-123456' })).toEqual({
      headers: { Authorization: 'Bearer tok-123456' }, secrets: ['tok-123456'], warning: 'MLFLOW_TRACKING_USERNAME is set without MLFLOW_TRACKING_PASSWORD: MLFLOW_TRACKING_TOKEN is used.',
    });
  });
});
