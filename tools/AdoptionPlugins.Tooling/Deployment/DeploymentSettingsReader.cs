using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>Parses a deployment settings file token by token so every error names its line and field.</summary>
internal static class DeploymentSettingsReader
{
    private static readonly string[] VariableFields = ["SchemaName", "Value"];
    private static readonly string[] ReferenceFields = ["LogicalName", "ConnectionId", "ConnectorId"];

    public static DeploymentSettings Parse(byte[] utf8, string source)
    {
        var start = utf8.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var json = new ReadOnlySpan<byte>(utf8, start, utf8.Length - start);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var document = new Document(source, utf8, start);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw document.Error(reader.TokenStartIndex, "the file must be one JSON object with EnvironmentVariables and ConnectionReferences arrays");
            }

            var variables = new List<EnvironmentVariableSetting>();
            var references = new List<ConnectionReferenceSetting>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var section = reader.GetString()!;
                var at = reader.TokenStartIndex;
                reader.Read();
                if (section.Equals("EnvironmentVariables", StringComparison.OrdinalIgnoreCase))
                {
                    ReadItems(ref reader, document, "EnvironmentVariables", VariableFields, fields => variables.Add(Variable(document, fields)));
                }
                else if (section.Equals("ConnectionReferences", StringComparison.OrdinalIgnoreCase))
                {
                    ReadItems(ref reader, document, "ConnectionReferences", ReferenceFields, fields => references.Add(Reference(document, fields)));
                }
                else
                {
                    throw document.Error(at, $"unknown section \"{section}\"; a deployment settings file has EnvironmentVariables and ConnectionReferences");
                }
            }

            return new DeploymentSettings(source, variables, references);
        }
        catch (JsonException invalid)
        {
            throw new DeploymentInputException($"{source} line {(invalid.LineNumber ?? 0) + 1}: not valid JSON ({FirstSentence(invalid.Message)}).", invalid);
        }
    }

    private static void ReadItems(ref Utf8JsonReader reader, Document document, string section, string[] knownFields, Action<Fields> add)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw document.Error(reader.TokenStartIndex, $"{section} must be an array of objects");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var path = $"{section}[{document.Count(section)}]";
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw document.Error(reader.TokenStartIndex, $"{path} must be an object");
            }

            var fields = new Fields(path, document.Line(reader.TokenStartIndex));
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var field = Array.Find(knownFields, known => known.Equals(name, StringComparison.OrdinalIgnoreCase))
                    ?? throw document.Error(reader.TokenStartIndex, $"{path} has an unknown field \"{name}\"; expected {string.Join(", ", knownFields)}");
                reader.Read();
                var value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString()!,
                    JsonTokenType.Null => string.Empty,
                    _ => throw document.Error(reader.TokenStartIndex, $"{path}.{field} must be a string (put the value in quotes)"),
                };
                fields.Add(field, value);
            }

            document.Counted(section);
            add(fields);
        }
    }

    private static EnvironmentVariableSetting Variable(Document document, Fields fields)
    {
        var schemaName = fields.Required(document, "SchemaName");
        return new EnvironmentVariableSetting(schemaName, fields.Optional("Value"), fields.Line);
    }

    private static ConnectionReferenceSetting Reference(Document document, Fields fields)
    {
        var logicalName = fields.Required(document, "LogicalName");
        return new ConnectionReferenceSetting(logicalName, fields.Optional("ConnectionId").Trim(), fields.Optional("ConnectorId").Trim(), fields.Line);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    /// <summary>The raw file, to turn byte offsets into line numbers, and how many items each section had so far.</summary>
    private sealed class Document(string source, byte[] utf8, int start)
    {
        private readonly Dictionary<string, int> _counts = [];

        public string Source => source;

        public int Line(long tokenStart)
        {
            var line = 1;
            for (var index = start; index < start + tokenStart && index < utf8.Length; index++)
            {
                if (utf8[index] == (byte)'\n')
                {
                    line++;
                }
            }

            return line;
        }

        public int Count(string section) => _counts.GetValueOrDefault(section);

        public void Counted(string section) => _counts[section] = Count(section) + 1;

        public DeploymentInputException Error(long tokenStart, string problem) => new($"{source} line {Line(tokenStart)}: {problem}.");
    }

    /// <summary>The string fields of one array item and the line the item starts on.</summary>
    private sealed class Fields(string path, int line)
    {
        private readonly Dictionary<string, string> _values = [];

        public int Line => line;

        public void Add(string field, string value) => _values[field] = value;

        public string Optional(string field) => _values.GetValueOrDefault(field) ?? string.Empty;

        public string Required(Document document, string field)
        {
            var value = Optional(field).Trim();
            return value.Length > 0
                ? value
                : throw new DeploymentInputException($"{document.Source} line {line}: {path}.{field} is missing or empty.");
        }
    }
}
