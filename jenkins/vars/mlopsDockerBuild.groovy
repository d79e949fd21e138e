/** Builds the serving image, tags and labels it like docker/metadata-action, and pushes it. */
void call(Map config = [:]) {
    mlopsExecute(step: 'dockerBuild', options: config, credentials: [
        // docker login --password-stdin to `registry`, logged out after the push
        [id: 'registryCredentialsId', type: 'usernamePassword', usernameVariable: 'MLOPS_REGISTRY_USERNAME', passwordVariable: 'MLOPS_REGISTRY_PASSWORD'],
    ])
}
