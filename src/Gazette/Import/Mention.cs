namespace Gazette.Import;

/// <summary>A place where the text names a person.</summary>
/// <param name="Start">Offset of the name (after any title).</param>
/// <param name="End">Offset after the name (before any possessive ending).</param>
/// <param name="FirstToken">Index of the name's first word.</param>
/// <param name="LastToken">Index of the name's last word.</param>
/// <param name="Person">Index into the extractor's people.</param>
/// <param name="Possessive">"Pryce's teacher": the person is not the subject.</param>
internal readonly record struct Mention(int Start, int End, int FirstToken, int LastToken, int Person, bool Possessive);
