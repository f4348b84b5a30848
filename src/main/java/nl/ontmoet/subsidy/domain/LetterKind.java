package nl.ontmoet.subsidy.domain;

/**
 * The kinds of decision letter (beschikking). The code goes into the kenmerk, the file prefix into the download's
 * name.
 */
public enum LetterKind {
    GRANT("V", "beschikking-verlening"),
    GRANT_AND_SETTLEMENT("VV", "beschikking-verlening-en-vaststelling"),
    REJECTION("A", "beschikking-afwijzing"),
    SETTLEMENT("S", "beschikking-vaststelling"),
    REPAYMENT("T", "beschikking-terugvordering");

    private final String code;
    private final String filePrefix;

    LetterKind(String code, String filePrefix) {
        this.code = code;
        this.filePrefix = filePrefix;
    }

    public String code() {
        return code;
    }

    public String filePrefix() {
        return filePrefix;
    }
}
