namespace Gazette.Import;

/// <summary>A capitalised name in prose that may be a person, with what its surroundings say.</summary>
/// <param name="Segment">Index of the segment.</param>
/// <param name="FirstToken">The name's first word (after titles).</param>
/// <param name="LastToken">The name's last word (before post-nominals).</param>
/// <param name="Words">Words in the name, not counting particles ("Ahmed bin Salman" is 2).</param>
/// <param name="Cues">What suggests a person.</param>
/// <param name="Gender">What the title or given name implies.</param>
/// <param name="Role">The role the text gives, if any ("Finance Minister").</param>
internal readonly record struct NameCandidate(int Segment, int FirstToken, int LastToken, int Words, NameCues Cues, Gender Gender, string? Role)
{
    /// <summary>Known enough to be a person on its own (a full name with a given name, title, role or apposition).</summary>
    public bool IsAccepted => Words >= 2 && (Cues & (NameCues.FirstName | NameCues.Strong)) != 0;
}
