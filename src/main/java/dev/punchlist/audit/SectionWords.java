package dev.punchlist.audit;

/**
 * What a heading's words say about its section: it holds issues, it is not work, it restates findings
 * made elsewhere, it lists extras. Read once per distinct heading (reports repeat their headings).
 */
record SectionWords(boolean issues, boolean notWork, boolean restating, boolean extras) {
    private static final Memo<SectionWords> MEMO = Memo.of(SectionWords::read);

    static SectionWords of(String title) {
        return MEMO.get(title);
    }

    private static SectionWords read(String title) {
        return new SectionWords(Vocabulary.ISSUE_SECTION.matcher(title).find(),
                Vocabulary.NOT_WORK_SECTION.matcher(title).find(), Vocabulary.RESTATING_SECTION.matcher(title).find(),
                Vocabulary.EXTRAS_SECTION.matcher(title).find());
    }
}
