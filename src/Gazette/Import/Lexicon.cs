using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>
/// The word lists behind the people rules, read once from Import/Data/ into frozen sets that can be
/// queried with spans (no string per lookup). Lists are compared ignoring case unless noted.
/// </summary>
internal static class Lexicon
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    private static readonly FrozenDictionary<string, Gender> FirstNameSet = Gendered("first-names.txt");
    private static readonly FrozenDictionary<string, Gender> HonorificSet = Gendered("honorifics.txt");
    private static readonly FrozenSet<string> ModifierSet = Set("role-modifiers.txt");
    private static readonly FrozenSet<string> RoleSet = EmbeddedData.Words("roles.txt").Concat(ModifierSet).ToFrozenSet(IgnoreCase);
    private static readonly FrozenSet<string> OrgWordSet = Set("org-words.txt");
    private static readonly FrozenSet<string> StopWordSet = Set("stop-words.txt");
    private static readonly FrozenSet<string> PostNominalSet = Set("post-nominals.txt");
    private static readonly FrozenSet<string> FamousSet = Set("famous-surnames.txt");
    private static readonly FrozenSet<string> PlacePrefixSet = EmbeddedData.Words("place-prefixes.txt")
        .Select(static w => w.TrimStart('*')).ToFrozenSet(IgnoreCase);
    private static readonly FrozenSet<string> PlaceMarkerSet = EmbeddedData.Words("place-prefixes.txt")
        .Where(static w => w[0] == '*').Select(static w => w[1..]).ToFrozenSet(IgnoreCase);

    // Compared on letters only, so "J.P. Morgan", "JP Morgan" and "Rolls-Royce" all match.
    private static readonly FrozenSet<string> EponymousSet = EmbeddedData.Lines("eponymous-organisations.txt")
        .Select(LettersOnly).ToFrozenSet(IgnoreCase);

    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> FirstNames = FirstNameSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> Honorifics = HonorificSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = RoleSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifiers = ModifierSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgWords = OrgWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = StopWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostNominals = PostNominalSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Famous = FamousSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrefixes = PlacePrefixSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceMarkers = PlaceMarkerSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Eponymous = EponymousSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A given name ("Beth", "Jean-Luc"), with the gender it usually implies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsFirstName(ReadOnlySpan<char> word, out Gender gender) =>
        FirstNames.TryGetValue(word, out gender);

    /// <summary>A courtesy title or honorific ("Mr", "Dr", "Dame"), with the gender it implies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsHonorific(ReadOnlySpan<char> word, out Gender gender) =>
        Honorifics.TryGetValue(word, out gender);

    /// <summary>An office, job or relation ("minister", "analyst", "coach", any "-ologist" or "-ician") or a word titles are built from ("Finance").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsRole(ReadOnlySpan<char> word) => Roles.Contains(word) || IsProfessionByForm(word);

    // Job nouns recognisable by their ending: geneticist, palaeontologist, statistician, choreographer.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsProfessionByForm(ReadOnlySpan<char> word) =>
        word.Length > 6 && (word.EndsWith("ologist", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ician", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ographer", StringComparison.OrdinalIgnoreCase)
            || (word.EndsWith("ist", StringComparison.OrdinalIgnoreCase) && !NotProfessions.Contains(word)));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotProfessions =
        new[] { "insist", "persist", "consist", "subsist", "assist", "resist", "exist", "desist", "enlist", "twist", "wrist", "checklist", "playlist", "shortlist", "blacklist", "waitlist", "amidst" }
            .ToFrozenSet(IgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word titles are built from but that is no title on its own ("Former", "Deputy", "Finance").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsRoleModifier(ReadOnlySpan<char> word) => Modifiers.Contains(word);

    /// <summary>A word that makes a name an organisation, place, event or work ("Airport", "Ltd", "Prize").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsOrgWord(ReadOnlySpan<char> word) => OrgWords.Contains(word);

    /// <summary>A capitalised word that is never part of a name ("The", "However", "Monday").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsStopWord(ReadOnlySpan<char> word) => StopWords.Contains(word);

    /// <summary>Letters after a name that are not part of it ("KC", "OBE", "Jr").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsPostNominal(ReadOnlySpan<char> word) => PostNominals.Contains(word);

    /// <summary>A well-known surname that news text uses on its own ("Putin", "Einstein").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsFamousSurname(ReadOnlySpan<char> word) => Famous.Contains(word);

    /// <summary>A first word that makes a name a place ("Lake", "Mount", "Royal").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsPlacePrefix(ReadOnlySpan<char> word) => PlacePrefixes.Contains(word);

    /// <summary>A word that makes a name a place wherever it stands ("St" in "Tate St Ives").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsPlaceMarker(ReadOnlySpan<char> word) => PlaceMarkers.Contains(word);

    /// <summary>An organisation named after a person ("Morgan Stanley", "John Lewis").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsEponymousOrganisation(ReadOnlySpan<char> name)
    {
        if (name.Length > 64)
        {
            return false;
        }

        Span<char> letters = stackalloc char[name.Length];
        int count = 0;
        foreach (char c in name)
        {
            if (char.IsLetter(c))
            {
                letters[count++] = c;
            }
        }

        return Eponymous.Contains(letters[..count]);
    }

    private static string LettersOnly(string text) => string.Concat(text.Where(char.IsLetter));

    private static FrozenSet<string> Set(string file) => EmbeddedData.Words(file).ToFrozenSet(IgnoreCase);

    // Lines of the form "F Anna Maria ..." where the first letter is M, F or U.
    private static FrozenDictionary<string, Gender> Gendered(string file)
    {
        var result = new Dictionary<string, Gender>(IgnoreCase);
        foreach (string line in EmbeddedData.Lines(file))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var gender = words[0] switch { "M" => Gender.Male, "F" => Gender.Female, _ => Gender.Unknown };
            foreach (string word in words.Skip(1))
            {
                // A name listed under both genders tells nothing.
                result[word] = result.TryGetValue(word, out var seen) && seen != gender ? Gender.Unknown : gender;
            }
        }

        return result.ToFrozenDictionary(IgnoreCase);
    }
}
