package org.cablearchive.publishing.oai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of one OAI-PMH request, checked against what its verb allows (protocol section 4): an unknown or
 * missing verb is a badVerb, an argument the verb does not take, a repeated one, a missing required one or a
 * resumptionToken with anything else is a badArgument.
 */
record OaiArguments(Verb verb, String identifier, String metadataPrefix, String from, String until, String set,
                    String resumptionToken) {

    enum Verb {
        Identify(Set.of(), Set.of()),
        ListMetadataFormats(Set.of(), Set.of("identifier")),
        ListSets(Set.of(), Set.of("resumptionToken")),
        GetRecord(Set.of("identifier", "metadataPrefix"), Set.of()),
        ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken")),
        ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set", "resumptionToken"));

        final Set<String> required;
        final Set<String> optional;

        Verb(Set<String> required, Set<String> optional) {
            this.required = required;
            this.optional = optional;
        }
    }

    private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    private static final Pattern METADATA_PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");

    static OaiArguments parse(Map<String, String[]> parameters) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length == 0) {
            throw new OaiError(OaiError.Code.badVerb, "The request names no verb");
        }
        if (verbs.length > 1) {
            throw new OaiError(OaiError.Code.badVerb, "The verb is given more than once");
        }
        Verb verb = verb(verbs[0]);
        Map<String, String> args = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            String name = p.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!verb.required.contains(name) && !verb.optional.contains(name)) {
                throw new OaiError(OaiError.Code.badArgument, verb + " takes no argument \"" + name + "\"");
            }
            if (p.getValue().length != 1) {
                throw new OaiError(OaiError.Code.badArgument, "The argument " + name + " is given more than once");
            }
            if (p.getValue()[0].isEmpty()) {
                throw new OaiError(OaiError.Code.badArgument, "The argument " + name + " is empty");
            }
            args.put(name, p.getValue()[0]);
        }
        if (args.containsKey("resumptionToken")) {
            if (args.size() > 1) {
                throw new OaiError(OaiError.Code.badArgument, "A resumptionToken is the only argument a request with it may have");
            }
        } else {
            for (String name : verb.required) {
                if (!args.containsKey(name)) {
                    throw new OaiError(OaiError.Code.badArgument, verb + " needs the argument " + name);
                }
            }
        }
        String set = args.get("set");
        if (set != null && !SET_SPEC.matcher(set).matches()) {
            throw new OaiError(OaiError.Code.badArgument, "\"" + set + "\" is not a setSpec");
        }
        String prefix = args.get("metadataPrefix");
        if (prefix != null && !METADATA_PREFIX.matcher(prefix).matches()) {
            throw new OaiError(OaiError.Code.badArgument, "\"" + prefix + "\" is not a metadataPrefix");
        }
        return new OaiArguments(verb, args.get("identifier"), args.get("metadataPrefix"), args.get("from"),
                args.get("until"), set, args.get("resumptionToken"));
    }

    private static Verb verb(String name) {
        for (Verb v : Verb.values()) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new OaiError(OaiError.Code.badVerb, "\"" + name + "\" is not an OAI-PMH verb");
    }

    /** The arguments as the request element of the answer repeats them, in protocol order. */
    Map<String, String> echo() {
        Map<String, String> echo = new LinkedHashMap<>();
        echo.put("verb", verb.name());
        put(echo, "identifier", identifier);
        put(echo, "metadataPrefix", metadataPrefix);
        put(echo, "from", from);
        put(echo, "until", until);
        put(echo, "set", set);
        put(echo, "resumptionToken", resumptionToken);
        return echo;
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
