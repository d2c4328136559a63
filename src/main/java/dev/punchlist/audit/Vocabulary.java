package dev.punchlist.audit;

import java.util.regex.Pattern;

/**
 * The words that tell what a heading, a label or a line is. Kept in one place so the rules read as a
 * glossary; English and Spanish, lower case, matched case-insensitively.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    private static Pattern words(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Sections whose lines are not work: praise, finished work, targets, reference material, runbooks. */
    static final Pattern NOT_WORK_SECTION = words("\\b(strengths?|what works|works well|what'?s (great|good|working)"
            + "|positives?|good practices|highlights|well done|(?<!partially |not |un)implemented features"
            + "|completed\\b|\\bcomplete\\s*(:|$)|\\bdone\\s*$|accomplish|passed|success (metrics|criteria)|kpis?\\b"
            + "|targets?\\b"
            + "|assumptions|unknowns|resources\\b|references|further reading|key files|file structure|commands"
            + "|support contacts|contacts|rollback|deployment steps|deployment procedure|troubleshooting"
            + "|common (production )?(issues|problems)|how to (test|verify)|c[oó]mo probar|evidence|evidencia"
            + "|root cause|variables required|files to review|glossary|methodology|tools used|fortalezas"
            + "|puntos fuertes|lo que funciona|business impact|changelog|acknowledg)");

    /** Sections that restate findings made elsewhere: they add mentions, never new findings. */
    static final Pattern RESTATING_SECTION = words("\\b(summary|resumen|overview|conclusions?|sign[- ]?off"
            + "|next steps|pr[oó]ximos pasos|final|verdict|veredicto|key recommendation|tl;?dr|at a glance"
            + "|current state|scorecard|razones|condiciones|by severity|residual|investor|decision makers"
            + "|category breakdown|status overview)\\b");

    /** Sections that hold problems, so a short heading under them is a finding in its own right. */
    static final Pattern ISSUE_SECTION = words("\\b(issues?|findings?|hallazgos?|problems?|problemas|vulnerabilit"
            + "|risks?|riesgos?|gaps?|concerns|weakness|improvements?|mejoras|pending|missing|inconsistenc"
            + "|defects?|bugs?|blockers?|action items|recommendations?|recomendaciones|todo|debt|areas for"
            + "|must[- ]fix|quick wins|nice[- ]to[- ]have|hardening|checklist)");

    /** A heading or list item naming a phase or time box. */
    static final Pattern PHASE_WORDS = words("\\b(phase|fase|stage|sprint|week|semana|month|mes|milestone|wave"
            + "|tier)\\s*\\d|\\b(NOW|SOON|LATER|NEXT)\\b|\\b(immediate(ly)?|inmediat[oa]|short[- ]term|mid[- ]term"
            + "|medium[- ]term|long[- ]term|corto plazo|mediano plazo|largo plazo|today|tomorrow|this week"
            + "|next week|pre[- ]?(deploy(ment)?|launch|production|release)"
            + "|before (production|launch|deploy\\w*|go[- ]live|release|uat|mvp)|must[- ]fix before)\\b"
            + "|\\b(within|in|next)\\s+\\d+\\s*(h|hours?|days?|weeks?|months?)\\b|^\\W*\\d+\\s*(h|hours?|days?|weeks?"
            + "|months?)\\b");

    static final Pattern NOW_WORDS = words("\\b(immediate(ly)?|inmediat[oa]|now|today|urgent|asap|critical"
            + "|blocker|blocking|p0|(24|48)\\s*h(ours)?)\\b");
    static final Pattern SOON_WORDS = words("\\b(high|soon|short[- ]term|corto plazo|tomorrow|this week|important"
            + "|pre[- ]?(deploy(ment)?|launch|production|release)|before (production|launch|deploy\\w*|go[- ]live"
            + "|release|uat|mvp|first)|must[- ]fix|p1|(within|in)\\s+(1|one|7)\\s*(week|days?))\\b");
    static final Pattern LATER_WORDS = words("\\b(medium|low|later|long[- ]term|mid[- ]term|medium[- ]term"
            + "|largo plazo|mediano plazo|nice|month|future|backlog|defer\\w*|polish|optional|next week|v\\d"
            + "|post[- ]launch|ongoing|p[23])\\b");

    /** Item-level hints that the report does not insist: optional, if required, nice to have. */
    static final Pattern OPTIONAL = words("\\((optional|if (required|needed|applicable)|opcional|si aplica)\\)"
            + "|^\\W*(optional|opcional)\\W*:");

    /** Sections of extras: with nothing else said, what they list is low severity. */
    static final Pattern EXTRAS_SECTION = words("\\b(nice[- ]to[- ]have|quick wins|checklist|recommendations"
            + "|recomendaciones|polish|hardening|enhancements?|future|optional|extras)\\b");

    /** Schedule slots like "Day 1-2:", "Days 3-4:", "Weekend:" — when, not how long. */
    static final Pattern SCHEDULE_SLOT = words("^\\W*(days?\\s*\\d+(\\s*[-–]\\s*\\d+)?|weekend|d[ií]as?\\s*\\d+"
            + "(\\s*[-–]\\s*\\d+)?)\\W*\\s*[:\\-–]\\s*");
    /** An inline time box leading an item: "**Today:** …", "Before UAT: …". */
    static final Pattern INLINE_TIME_BOX = words("^\\W*(today|tomorrow|this week|next week|immediate(ly)?|now"
            + "|soon|later|short[- ]term|medium[- ]term|long[- ]term|before [\\w-]+|week\\s*\\d+([-–]\\d+)?"
            + "|month\\s*\\d+\\+?)\\W*\\s*:\\s*");

    /** Field labels of a finding's own block. */
    static final Pattern FIELD_LABEL = words("^\\W*(severity|severidad|priority|prioridad|issue|problem|problema"
            + "|impact|impacto|fix|fix required|solution|soluci[oó]n|mitigation|mitigaci[oó]n|recommendation"
            + "|recomendaci[oó]n|effort|esfuerzo|estimate|estimaci[oó]n|fix time|timeline|location|ubicaci[oó]n"
            + "|file|files|archivo|root cause|causa|attack vector|cve risk|risk|riesgo|status|estado|evidencia"
            + "|current state|current code|cause|error|probabilidad|likelihood|suggestion|category|categor[ií]a"
            + "|deliverables?|objective|goal|outcome|owner|notes?|success criteria|blockers? resolved)"
            + "(\\s+\\w+)?\\W*\\s*(:|$)");
    /** The strong ones: their presence makes a short heading a finding. */
    static final Pattern STRONG_FIELD = words("^\\W*(severity|severidad|priority|prioridad|issue|problem|problema"
            + "|impact|impacto|fix|solution|soluci[oó]n|mitigation|mitigaci[oó]n|recommendation|recomendaci[oó]n"
            + "|recomendacion|effort|esfuerzo|root cause|attack vector|location|archivo|file)\\b[^:\\n]{0,20}:"
            + "|^\\W*(evidencia|impacto|recomendaci[oó]n|recomendacion)\\W*$");
    static final Pattern SEVERITY_FIELD = words("^\\W*(severity|severidad|priority|prioridad|risk level|nivel)"
            + "\\W*\\s*[:=]\\s*(.*)$");
    static final Pattern EFFORT_FIELD = words("^\\W*(effort|esfuerzo|estimate|estimated effort|estimaci[oó]n"
            + "|fix time|time to fix|time)\\W*\\s*[:=]\\s*(.*)$");
    /** An estimate given inside an item's line: "… — Effort: 2-4 hours", "(estimate: 1 day)". */
    static final Pattern INLINE_EFFORT = words("\\s*[—–;|(,-]\\s*\\**(effort|estimated effort|estimate|esfuerzo"
            + "|fix time)\\**\\s*:\\**\\s*([^)|;\\n]{1,60})\\)?");
    static final Pattern CATEGORY_FIELD = words("^\\W*(category|categor[ií]a|area|[aá]rea|component)\\W*\\s*[:=]"
            + "\\s*(.*)$");

    /** Labels that introduce evidence, not work: what follows is a list of facts. */
    static final Pattern EVIDENCE_LABEL = words("^\\W*(key files|files?|evidence|evidencia|affected|location"
            + "|ubicaci[oó]n|root cause|causa|impact|impacto|objective|goal|deliverable|success criteria"
            + "|criteria|implemented|confirmed|tables|commands|example|how to|c[oó]mo|current|context|notes?"
            + "|error|cause|estimate|missing tests|problems|current issues|\\d+ tables|go/no-go|loggers)");
    static final Pattern NOT_WORK_LABEL = words("^\\W*(strengths?|what works|positives?|highlights|working"
            + "|fortalezas|done|completed)");
    static final Pattern ISSUE_LABEL = words("^\\W*((critical|high|medium|low|minor|major)?\\s*(issues?|problems?"
            + "|gaps?|risks?|blockers?|concerns|todo|action items|recommendations?|fixes|improvements?|to do))");

    /** A leading mark that the line reports success: ✅ ✔ ☑. */
    static final Pattern PASSED_MARK = Pattern.compile("^\\W{0,4}(✅|✔|☑|\\[x]|✓)");
    static final Pattern DONE_WORDS = words("\\(already (done|implemented|in place)|\\balready (done|implemented)\\b"
            + "|\\b(fixed|resolved|done)\\s*[)✅]|✅\\s*(done|implemented|complete|fixed|resolved)\\b");

    /** Budget lines: a duration for a whole phase or group, not for one item. */
    static final Pattern BUDGET_LABEL = words("^\\W*(total|subtotal|sub-total|duration|overall effort|timeline"
            + "|estimated (time|effort|timeline)|time ?box)[\\w ]{0,30}\\W*\\s*:");

    /** Score lines that are targets, not the current score. */
    static final Pattern TARGET_WORDS = words("\\b(target|after|post-|post |estimated|projected|expected|goal"
            + "|potential|could reach|would be|up from|once|objetivo|tras)");
}
