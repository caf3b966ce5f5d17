using System.Collections.Frozen;

namespace Gazette.People;

/// <summary>
/// The people.yml registry: any name or alias, compared case-insensitively, finds the one
/// canonical person, so two spellings in front matter lead to one person page.
/// </summary>
public sealed class PersonRegistry
{
    private readonly FrozenDictionary<string, Person> _byName;

    /// <summary>A registry of <paramref name="people"/>; earlier entries win a shared alias.</summary>
    public PersonRegistry(IReadOnlyList<Person> people)
    {
        People = people;
        var map = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            map.TryAdd(Normalise(person.Name), person);
        }

        foreach (var person in people)
        {
            foreach (var alias in person.Aliases)
            {
                map.TryAdd(Normalise(alias), person);
            }
        }

        _byName = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An empty registry.</summary>
    public static PersonRegistry Empty { get; } = new([]);

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The person a name or alias refers to, or null for a name in no entry.</summary>
    public Person? Find(string name) => _byName.GetValueOrDefault(Normalise(name));

    // Runs of white space inside a name do not make a different person.
    private static string Normalise(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
