/** The options file a project may keep beside dvc.yaml (its own module: the CLI names it before loading the options code). */
export const CONFIG_FILE = 'mlops.yaml';
