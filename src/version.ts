/** The version shown by `mlops --version`; kept equal to package.json by a test. */
export const VERSION = '1.0.0-rc.1';
