using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>What kind of place a gazetteer entry is.</summary>
internal enum PlaceKind : byte
{
    /// <summary>A country (or UK nation); tagged.</summary>
    Country,

    /// <summary>A major city; tagged.</summary>
    City,

    /// <summary>A continent, state, province or county; not tagged, but not a person either.</summary>
    Region,
}

/// <summary>A gazetteer entry: the canonical name (which is also the tag) and its kind.</summary>
internal sealed record Place(string Name, PlaceKind Kind)
{
    /// <summary>The tag for this place, or null for regions.</summary>
    public string? Tag => Kind == PlaceKind.Region ? null : Name.ToLowerInvariant();
}

/// <summary>
/// Countries with their demonyms and other names ("Russian" → Russia, "US" → United States), major
/// cities and regions, read once from Import/Data/gazetteer.txt. Names are matched case-sensitively,
/// so "US" is a country and "us" is not.
/// </summary>
internal static class Gazetteer
{
    /// <summary>The most words a gazetteer name has ("United States of America").</summary>
    public const int MaxWords = 4;

    private static readonly FrozenDictionary<string, Place> Entries = Load();
    private static readonly FrozenDictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The place called <paramref name="name"/>, exactly as written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryGet(ReadOnlySpan<char> name, out Place place) => Lookup.TryGetValue(name, out place!);

    /// <summary>True when <paramref name="name"/> is a country, demonym, city or region.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsPlace(ReadOnlySpan<char> name) => Lookup.ContainsKey(name);

    // Lines "C Name | demonyms | other names", "T Name | other names", "R Name | other names".
    private static FrozenDictionary<string, Place> Load()
    {
        var entries = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (string line in EmbeddedData.Lines("gazetteer.txt"))
        {
            var kind = line[0] switch { 'C' => PlaceKind.Country, 'T' => PlaceKind.City, _ => PlaceKind.Region };
            var fields = line[2..].Split('|');
            var place = new Place(fields[0].Trim(), kind);
            entries.TryAdd(place.Name, place);
            foreach (string alias in fields.Skip(1).SelectMany(static f => f.Split(',')))
            {
                string name = alias.Trim();
                if (name.Length > 0)
                {
                    // A region line lists sibling regions, each its own place.
                    entries.TryAdd(name, kind == PlaceKind.Region ? new Place(name, kind) : place);
                    entries.TryAdd(name.TrimEnd('.'), kind == PlaceKind.Region ? new Place(name, kind) : place);
                }
            }
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
