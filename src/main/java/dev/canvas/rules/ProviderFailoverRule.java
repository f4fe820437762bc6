package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.Severity;
import dev.canvas.model.Subject;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provider failover names at least two model providers (if the primary is down, traffic goes to a backup). A
 * production matter: a POC selects its providers with a justification, it does not fail over, so a canvas of
 * another kind than {@code kinds} is not checked. An answer that speaks of failover but names fewer providers
 * than the list knows is a warning: the provider may be one the list lacks.
 */
public final class ProviderFailoverRule extends SubstanceRule {

    /** Its id: in every finding, in configuration and in waivers. */
    public static final String ID = "provider-failover";
    /** Its settings in the built-in rule set, and its documentation ({@code canvas explain}). */
    static final RuleSpec BUILT_IN = RuleSpec.builtIn(ID, Severity.GAP,
            "provider failover names at least two model providers")
            .explained("If the primary provider is down, traffic goes to a backup; name both.")
            .passing("Azure OpenAI primary, Anthropic on Bedrock as failover.")
            .failing("We use OpenAI.")
            .defaults("fields", List.of("api_management", "model_routing", "model_providers"), "min_providers", 2);

    /** Model providers and their models: names specific to models, so that "AWS Secrets Manager" names none. */
    static final List<String> PROVIDERS = List.of("openai|gpt-?\\d\\w*|azure openai|o[134](-mini)?|chatgpt",
            "anthropic|claude|sonnet|haiku|opus", "gemini|vertex ai|google ai|gemma|palm ?2?",
            "bedrock|amazon titan|titan text|amazon nova", "cohere|command[- ]r", "mistral|mixtral|codestral",
            "meta llama|llama", "groq", "together ai|together\\.ai", "hugging ?face", "deepseek", "watsonx|granite",
            "self-hosted|on-prem\\w*|vllm|ollama|local model|tgi", "ai21|jamba", "xai|grok", "dbrx|databricks model serving|mosaic ai",
            "nvidia nim", "aleph alpha|luminous", "qwen|alibaba cloud", "fireworks", "perplexity", "reka",
            "sagemaker", "azure ai foundry|azure ai studio", "phi-\\d\\w*", "voyage", "jina");
    private static final Pattern FAILOVER_WORDS = Pattern.compile(
            "(?i)\\b(fail-?over|fall-?back|backup|secondary|redundan\\w*|alternate|second provider|switch\\w*)\\b");

    /** "no failover", "without a fallback": the words before a failover word that deny it. */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(".*\\b(no|not|without|never|lacks?|missing)\\b[a-z -]*$");
    /** "failover is not designed", "fallback planned": the words after one that say it does not exist yet. */
    private static final Pattern MISSING_AFTER = Pattern.compile(
            "^\\s*(is |are |was )?(not|never|missing|tbd|planned|to be|yet|needed|required)\\b.*");

    private final PatternList providers;

    /** Whether a failover word is used as what exists, not as what is missing ("no failover", "failover is not designed"). */
    private static boolean affirmed(String lower) {
        Matcher m = FAILOVER_WORDS.matcher(lower);
        while (m.find()) {
            String before = lower.substring(Math.max(0, m.start() - 24), m.start());
            String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 24));
            if (!NEGATION_BEFORE.matcher(before).matches() && !MISSING_AFTER.matcher(after).matches()) {
                return true;
            }
        }
        return false;
    }

    public ProviderFailoverRule(RuleSpec spec) {
        super(spec);
        this.providers = PatternList.of(spec, "providers", PROVIDERS, true);
    }

    @Override
    void judge(AnsweredFields in, FindingSink out) {
        CanvasDefinition def = in.definition();
        if (!spec.strings("kinds", List.of("production")).contains(def.kind())) {
            return;
        }
        int min = (int) spec.number("min_providers", 2);
        List<Answered> answers = in.answered(spec.strings("fields", List.of("api_management", "model_routing")));
        if (answers.isEmpty()) {
            return;
        }
        BitSet named = new BitSet();
        boolean failover = false;
        for (Answered a : answers) {
            named.or(providers.which(a.text()));
            failover = failover || affirmed(a.lower());
        }
        if (named.cardinality() >= min) {
            return;
        }
        Answered a = answers.get(0);
        String message = "provider failover names " + (named.isEmpty() ? "no model provider" : "only one model provider");
        String fix = "name at least " + min + " providers, and what happens when the primary is down: 'Primary: <provider>; "
                + "failover: <provider>' (a provider canvas does not know goes in the rule's 'providers' in .canvas.yaml)";
        if (failover && named.isEmpty()) {
            // failover is described, but with no name canvas knows: perhaps providers its list lacks
            out.warn(a.answer().location(), Subject.field(a.square(), a.field()), message + " that canvas knows", fix);
        } else {
            out.report(a.answer().location(), Subject.field(a.square(), a.field()), message, fix);
        }
    }
}
