/** Builds the serving image, tags and labels it like docker/metadata-action, and pushes it. */
void call(Map config = [:]) {
    mlopsExecute(step: 'dockerBuild', options: config, credentials: [
        // docker login --password-stdin to `registry`, logged out after the push
        [id: 'registryCredentialsId', type: 'usernamePassword', usernameVariable: 'MLOPS_REGISTRY_USERNAME', passwordVariable: 'MLOPS_REGISTRY_PASSWORD'],
        // BuildKit secrets: each id=credentialsId line bound, and passed to the CLI as image-secret-envs
        [id: 'imageSecretsCredentialsIds', type: 'strings', variablePrefix: 'MLOPS_IMAGE_SECRET_', option: 'imageSecretEnvs'],
    ])
}
