/** `currentBuild`: the description the steps set, and the causes a test gives the build. */
class FakeBuild {
    private final Pipeline pipeline
    String description
    String result

    FakeBuild(Pipeline pipeline) { this.pipeline = pipeline }

    List<Map> getBuildCauses(String className = null) {
        pipeline.causes.findAll { className == null || it == className }.collect { [_class: it, shortDescription: "cause ${it}"] }
    }
}
