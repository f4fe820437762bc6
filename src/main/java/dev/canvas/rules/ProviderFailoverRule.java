package dev.canvas.rules;

import dev.canvas.model.CanvasDefinition;
import dev.canvas.model.CanvasDocument;
import dev.canvas.model.Subject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Provider failover names at least two model providers (if the primary is down, traffic goes to a backup). */
public final class ProviderFailoverRule extends SpecRule {

    static final List<String> PROVIDERS = List.of("openai|gpt-?\\d|azure openai", "anthropic|claude", "google|gemini|vertex",
            "bedrock|aws|amazon|titan", "cohere", "mistral", "meta|llama", "groq", "together ai|together\\.ai", "hugging ?face",
            "deepseek", "ibm|watsonx", "self-hosted|on-prem\\w*|vllm|ollama|local model", "ai21", "xai|grok", "databricks|dbrx",
            "nvidia|nim");

    private final List<Pattern> providers;
    /** The providers' patterns with their needles (the names), to look for all of them in one pass. */
    private final PatternSet providerSet;

    public ProviderFailoverRule(RuleSpec spec) {
        super(spec);
        this.providers = AnswerText.patterns(spec.strings("providers", PROVIDERS).stream().map(s -> "\\b(" + s + ")\\b").toList());
        this.providerSet = new PatternSet(providers);
    }

    @Override
    public void check(CanvasDefinition def, CanvasDocument doc, FindingSink out) {
        int min = (int) spec.number("min_providers", 2);
        List<AnswerText.Answered> answers = AnswerText.answered(def, doc, spec.strings("fields", List.of("api_management", "model_routing")));
        if (answers.isEmpty()) {
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        for (AnswerText.Answered a : answers) {
            if (named.size() >= min) {
                break; // more do not change the outcome
            }
            PatternSet.Hits h = providerSet.scan(a.text()); // where each name could be, in one pass
            for (int k = 0; k < providers.size(); k++) {
                Pattern p = providers.get(k);
                // a search only where the name is: none for a provider already named, nor once enough are named
                if (named.size() < min && !named.contains(p.pattern()) && h.find(k)) {
                    named.add(p.pattern());
                }
            }
        }
        if (named.size() < min) {
            AnswerText.Answered a = answers.get(0);
            out.report(a.answer().location(), Subject.field(a.square(), a.field()),
                    "provider failover names " + (named.isEmpty() ? "no model provider" : "only one model provider"),
                    "name at least " + min + " providers, and what happens when the primary is down");
        }
    }
}
