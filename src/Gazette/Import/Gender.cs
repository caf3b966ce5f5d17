namespace Gazette.Import;

/// <summary>What a title or given name says about a person, used to resolve "he" and "she".</summary>
internal enum Gender : byte
{
    /// <summary>Nothing known.</summary>
    Unknown,

    /// <summary>Referred to as "he".</summary>
    Male,

    /// <summary>Referred to as "she".</summary>
    Female,
}
