using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>Related-article choices of the last build, in the cache folder; any other key, build or damage means none.</summary>
public sealed class RelatedStore(string cacheDir) : IRelatedStore
{
    private const string Magic = "gazette-related 1";
    private readonly string _file = Path.Combine(cacheDir, "related.cache");

    /// <inheritdoc />
    public int[][]? Load(ulong key, int count)
    {
        try
        {
            if (!File.Exists(_file))
            {
                return null;
            }

            using var reader = new BinaryReader(File.OpenRead(_file));
            if (reader.ReadString() != Magic || reader.ReadString() != EngineBuild.Id || reader.ReadUInt64() != key || reader.ReadInt32() != count)
            {
                return null;
            }

            var related = new int[count][];
            for (var a = 0; a < count; a++)
            {
                related[a] = new int[reader.ReadInt32()];
                for (var i = 0; i < related[a].Length; i++)
                {
                    related[a][i] = reader.ReadInt32();
                    if ((uint)related[a][i] >= (uint)count)
                    {
                        return null;
                    }
                }
            }

            return related;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void Save(ulong key, int[][] related)
    {
        try
        {
            CacheFile.Replace(_file, stream =>
            {
                using var writer = new BinaryWriter(stream);
                writer.Write(Magic);
                writer.Write(EngineBuild.Id);
                writer.Write(key);
                writer.Write(related.Length);
                foreach (var list in related)
                {
                    writer.Write(list.Length);
                    foreach (var i in list)
                    {
                        writer.Write(i);
                    }
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without it the next build computes the choices again.
        }
    }
}
