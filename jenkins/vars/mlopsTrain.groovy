/** Runs the project's training command (trainCommand, else mlops.yaml's) in workingDirectory, with live output. */
void call(Map config = [:]) {
    // Training reaches no forge, registry or cluster: no credentials.
    mlopsExecute(step: 'train', options: config, credentials: [])
}
