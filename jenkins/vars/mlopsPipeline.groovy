/**
 * train → metrics diff → gates → report → image → promote in one CLI call. The build picks the
 * event, as the GitHub Action's trigger does: a pull-request build (CHANGE_ID) is compared with its
 * target branch and commented on, a branch build (BRANCH_NAME) is a push (KServe promotes on the
 * default branch only), a cron build is a schedule (the runner sets MLOPS_EVENT).
 */
void call(Map config = [:]) {
    mlopsExecute(step: 'pipeline', options: config, credentials: [
        [id: 'githubTokenCredentialsId', type: 'string', variable: 'GITHUB_TOKEN'],
        [id: 'alertWebhookCredentialsId', type: 'string', variable: 'MLOPS_ALERT_WEBHOOK'],
        [id: 'registryCredentialsId', type: 'usernamePassword', usernameVariable: 'MLOPS_REGISTRY_USERNAME', passwordVariable: 'MLOPS_REGISTRY_PASSWORD'],
        [id: 'kubeconfigCredentialsId', type: 'file', variable: 'MLOPS_KUBECONFIG_FILE'],
        [id: 'kfpTokenCredentialsId', type: 'string', variable: 'KFP_TOKEN'],
        [id: 'mlflowCredentialsId', type: 'usernamePassword', usernameVariable: 'MLFLOW_TRACKING_USERNAME', passwordVariable: 'MLFLOW_TRACKING_PASSWORD'],
        [id: 'mlflowTokenCredentialsId', type: 'string', variable: 'MLFLOW_TRACKING_TOKEN'],
        [id: 'imageSecretsCredentialsIds', type: 'strings', variablePrefix: 'MLOPS_IMAGE_SECRET_', option: 'imageSecretEnvs'],
    ])
}
