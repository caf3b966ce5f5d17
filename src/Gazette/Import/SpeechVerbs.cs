using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>Verbs that attribute words to someone ("said", "told", "warned", "described … as").</summary>
internal static class SpeechVerbs
{
    private static readonly FrozenSet<string> Verbs = new[]
    {
        "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "explained", "explains", "explaining",
        "warned", "warns", "warning", "insisted", "insists", "insisting", "argued", "argues", "arguing", "claimed", "claims", "claiming",
        "announced", "announces", "announcing", "admitted", "admits", "admitting", "acknowledged", "acknowledges", "wrote", "writes", "writing",
        "replied", "replies", "replying", "responded", "responds", "stated", "states", "stating", "continued", "continues", "noted", "notes", "noting",
        "recalled", "recalls", "recalling", "described", "describes", "describing", "called", "calls", "calling", "urged", "urges", "urging",
        "suggested", "suggests", "suggesting", "accused", "accuses", "accusing", "asked", "asks", "asking", "agreed", "agrees", "confirmed", "confirms",
        "denied", "denies", "declared", "declares", "declaring", "revealed", "reveals", "stressed", "stresses", "stressing", "emphasised", "emphasized",
        "labelled", "labeled", "branded", "dismissed", "praised", "condemned", "promised", "promises", "vowed", "vows", "pledged", "predicted",
        "conceded", "concedes", "complained", "complains", "joked", "jokes", "quipped", "tweeted", "posted", "commented", "remarked", "observed",
        "believes", "believed", "thinks", "thought", "feels", "felt", "hoped", "hopes", "fears", "feared", "estimated", "reckons", "reckoned",
        "insist", "argue", "claim", "warn", "tell", "add", "explain", "call", "describe", "accuse", "urge",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a verb of saying, in small letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>True for a form ending in -ing ("saying", "adding"), whose subject is the sentence's subject.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing");
}
