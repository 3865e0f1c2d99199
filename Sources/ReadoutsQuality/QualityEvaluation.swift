/// Runs a linker on every pair of a split and scores it against the annotations.
public enum QualityEvaluation {
    public static func evaluate(_ set: AnnotationSet, with linker: any QualityLinker) throws -> QualitySummary {
        var results: [PairResult] = []
        for pair in set.pairs {
            let documents = try pair.documents()
            let analysis = linker.analyse(documents)
            let gold = try GoldStandard(pair, documents: documents, analysis: analysis)
            results.append(PairResult(pair: pair, gold: gold, analysis: analysis))
        }
        return QualitySummary(linker: linker.name, split: set.split.rawValue, results: results)
    }
}
