namespace Gazette.Import;

/// <summary>Signs in a name's surroundings that it belongs to a person.</summary>
[Flags]
internal enum NameCues : ushort
{
    None = 0,

    /// <summary>The first word is a known given name.</summary>
    FirstName = 1,

    /// <summary>A title or office stands before it in the same run ("Dr", "Finance Minister").</summary>
    Title = 2,

    /// <summary>A job or relation word stands right before it ("analyst Colin Baptiste", "His barrister, Mary O'Neill").</summary>
    RoleBefore = 4,

    /// <summary>An apposition that only fits a person follows (", who", ", 34,", ", a glaciologist at").</summary>
    Appositive = 8,

    /// <summary>A speech verb follows ("Varga said").</summary>
    SpeechAfter = 16,

    /// <summary>A well-known surname used on its own ("Putin").</summary>
    Famous = 32,

    /// <summary>The name is itself a place in the gazetteer (a place unless the text says otherwise).</summary>
    Place = 64,

    /// <summary>The name is a single organisation or office word ("Office", "Church"): it can only repeat a known surname.</summary>
    Organisation = 128,

    /// <summary>A cue that a person is meant, strong enough on its own.</summary>
    Strong = Title | RoleBefore | Appositive,
}
