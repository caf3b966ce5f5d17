using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gazette.Yaml;

/// <summary>
/// The events YamlDotNet's parser gives for the plain YAML that front matter is nearly always
/// written in, found without its general scanner: a mapping of <c>key: value</c> lines whose
/// values are plain or double-quoted scalars, <c>[a, "b"]</c> lists, or lists of <c>  - item</c>
/// lines. Anything else (comments, escapes, single quotes, nested mappings, block scalars,
/// tabs, carriage returns...) is declined, and YamlDotNet reads the text as before. Parsing is
/// most of the time spent loading an article; a test checks that every event and position is
/// the one YamlDotNet gives.
/// </summary>
internal static class SimpleYaml
{
    /// <summary>The events of <paramref name="text"/>, or null when it is not in the subset.</summary>
    public static IParser? TryParse(string text)
    {
        if (text.Length == 0 || text.AsSpan().IndexOfAny("\r\t#\\") >= 0)
        {
            return null;
        }

        var events = new List<ParsingEvent>(48);
        var start = new Mark(0, 1, 1);
        events.Add(new StreamStart(start, start));
        var reader = new Reader(text);
        if (!reader.AtKey)
        {
            return null;
        }

        var first = reader.Mark();
        events.Add(new DocumentStart(null, null, true, first, first));
        events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, first, first));
        while (!reader.AtEnd)
        {
            if (!reader.AtKey || !reader.Key(events) || !reader.Value(events))
            {
                return null;
            }
        }

        var end = reader.EndMark();
        events.Add(new MappingEnd(end, end));
        events.Add(new DocumentEnd(true, end, end));
        events.Add(new StreamEnd(end, end));
        return new EventList(events);
    }

    // Walks the text line by line, keeping YamlDotNet's positions: index from 0, line and column from 1.
    private sealed class Reader(string text)
    {
        private int _at;
        private int _line = 1;
        private int _lineStart;

        public bool AtEnd => _at >= text.Length;

        // A key starts a line, with a letter or digit.
        public bool AtKey => _at < text.Length && _at == _lineStart && char.IsAsciiLetterOrDigit(text[_at]);

        public Mark Mark() => new(_at, _line, _at - _lineStart + 1);

        // Where what follows starts; YamlDotNet places the end of a text that does not end its
        // last line at the start of the next one.
        public Mark EndMark() => AtEnd && text[^1] != '\n' ? new(_at, _line + 1, 1) : Mark();

        public bool Key(List<ParsingEvent> events)
        {
            var start = Mark();
            var from = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '_' or '-'))
            {
                _at++;
            }

            if (_at >= text.Length || text[_at] != ':')
            {
                return false;
            }

            events.Add(Scalar(text[from.._at], ScalarStyle.Plain, start, Mark()));
            _at++;
            return true;
        }

        // After "key:": " value" to the end of the line, or a newline and "  - item" lines.
        public bool Value(List<ParsingEvent> events)
        {
            if (_at < text.Length && text[_at] == '\n')
            {
                NextLine();
                return Items(events);
            }

            if (_at + 1 >= text.Length || text[_at] != ' ' || text[_at + 1] is ' ' or '\n')
            {
                return false;
            }

            _at++;
            var ok = text[_at] == '[' ? Flow(events) : Single(events, LineEnd());
            return ok && EndOfLine();
        }

        private bool Items(List<ParsingEvent> events)
        {
            if (!text.AsSpan(_at).StartsWith("  - "))
            {
                return false;
            }

            var start = new Mark(_at + 2, _line, 3);
            events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, start, start));
            while (text.AsSpan(_at).StartsWith("  - "))
            {
                _at += 4;
                if (_at >= text.Length || !Single(events, LineEnd()) || !EndOfLine())
                {
                    return false;
                }
            }

            // The list ends where the next key starts (or the text does).
            if (!AtEnd && !AtKey)
            {
                return false;
            }

            var end = EndMark();
            events.Add(new SequenceEnd(end, end));
            return true;
        }

        // [a, "b c", d]
        private bool Flow(List<ParsingEvent> events)
        {
            var open = Mark();
            events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, open, open));
            _at++;
            var close = LineEnd();
            while (true)
            {
                SkipSpaces(close);
                if (_at >= close)
                {
                    return false;
                }

                if (text[_at] == ']')
                {
                    break;
                }

                var itemEnd = text[_at] == '"' ? text.IndexOf('"', _at + 1, close - _at - 1) + 1 : FlowPlainEnd(close);
                if (itemEnd <= _at || !Single(events, itemEnd))
                {
                    return false;
                }

                SkipSpaces(close);
                if (_at < close && text[_at] == ',')
                {
                    _at++;
                    SkipSpaces(close);
                    if (_at < close && text[_at] == ']')
                    {
                        return false; // a trailing comma: leave it to YamlDotNet
                    }
                }
                else if (_at >= close || text[_at] != ']')
                {
                    return false;
                }
            }

            var end = Mark();
            events.Add(new SequenceEnd(end, end));
            _at++;
            return true;
        }

        // A plain item inside [ ]: up to the next ',' or ']', without the spaces before it.
        private int FlowPlainEnd(int close)
        {
            var end = _at;
            while (end < close && text[end] is not (',' or ']' or '[' or '{' or '}' or '"'))
            {
                end++;
            }

            if (end < close && text[end] is '[' or '{' or '}' or '"')
            {
                return -1;
            }

            while (end > _at && text[end - 1] == ' ')
            {
                end--;
            }

            return end;
        }

        // One scalar from here to end: "double quoted" (nothing after the closing quote) or plain.
        private bool Single(List<ParsingEvent> events, int end)
        {
            var start = Mark();
            if (text[_at] == '"')
            {
                if (end - _at < 2 || text[end - 1] != '"' || text.IndexOf('"', _at + 1, end - _at - 2) >= 0)
                {
                    return false;
                }

                events.Add(Scalar(text[(_at + 1)..(end - 1)], ScalarStyle.DoubleQuoted, start, Advance(end)));
                return true;
            }

            if (!Plain(text.AsSpan(_at, end - _at)))
            {
                return false;
            }

            events.Add(Scalar(text[_at..end], ScalarStyle.Plain, start, Advance(end)));
            return true;
        }

        // A plain scalar YAML reads as exactly these characters: no indicator first, no ": ",
        // no trailing ':' or space, nothing a flow list would split on.
        private static bool Plain(ReadOnlySpan<char> value) =>
            value.Length > 0
            && !" -?:,[]{}#&*!|>'\"%@`".Contains(value[0])
            && value[^1] is not (' ' or ':')
            && !value.Contains(": ", StringComparison.Ordinal)
            && value.IndexOfAny("{}[]\"") < 0;

        private Mark Advance(int to)
        {
            _at = to;
            return Mark();
        }

        private int LineEnd()
        {
            var end = text.IndexOf('\n', _at);
            return end < 0 ? text.Length : end;
        }

        private void SkipSpaces(int limit)
        {
            while (_at < limit && text[_at] == ' ')
            {
                _at++;
            }
        }

        // The value must end its line; blank lines after it are skipped.
        private bool EndOfLine()
        {
            if (_at < text.Length && text[_at] != '\n')
            {
                return false;
            }

            while (_at < text.Length && text[_at] == '\n')
            {
                NextLine();
            }

            return true;
        }

        private void NextLine()
        {
            _at++;
            _line++;
            _lineStart = _at;
        }

        private static Scalar Scalar(string value, ScalarStyle style, Mark start, Mark end) =>
            new(AnchorName.Empty, TagName.Empty, value, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain, start, end);
    }

    private sealed class EventList(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
