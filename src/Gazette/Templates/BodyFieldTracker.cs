namespace Gazette.Templates;

/// <summary>
/// Notes, for the render running on this thread, which body-derived members of listed
/// articles it read. A render is a pure function of what it read: a page that read no body
/// member of the articles it lists comes out the same after one of their bodies is edited,
/// so its key need not cover their bodies. Renders nest (a page includes a cached partial);
/// what an inner render read counts for the outer one too.
/// </summary>
internal static class BodyFieldTracker
{
    [ThreadStatic]
    private static bool t_tracking;

    [ThreadStatic]
    private static BodyFields t_read;

    /// <summary>What was being tracked when a render began, to restore when it ends.</summary>
    public readonly record struct Outer(bool Tracking, BodyFields Read);

    /// <summary>Starts tracking a render on this thread.</summary>
    public static Outer Begin()
    {
        var outer = new Outer(t_tracking, t_read);
        t_tracking = true;
        t_read = BodyFields.None;
        return outer;
    }

    /// <summary>Ends the render begun with <paramref name="outer"/>: what it read, also added to the outer render's.</summary>
    public static BodyFields End(Outer outer)
    {
        var read = t_read;
        t_tracking = outer.Tracking;
        t_read = outer.Read | (outer.Tracking ? read : BodyFields.None);
        return read;
    }

    /// <summary>Records that the current render read <paramref name="fields"/> (nothing when no render is tracked).</summary>
    public static void Note(BodyFields fields)
    {
        if (t_tracking)
        {
            t_read |= fields;
        }
    }
}
