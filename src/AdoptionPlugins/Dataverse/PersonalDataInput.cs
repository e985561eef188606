using System;
using AdoptionPlugins.Adoption.Privacy;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Dataverse;

/// <summary>
/// Reads the person and the cursor of the export and erase custom APIs, which name their parameters alike; a request that names
/// no user or sends a cursor this API never returned is refused with what to send instead.
/// </summary>
public static class PersonalDataInput
{
    /// <param name="inputs">The request's parameters.</param>
    /// <param name="userIdName">The parameter holding the user's id.</param>
    /// <param name="cursorName">The parameter holding the previous page's NextCursor.</param>
    public static PersonalDataCursor ReadCursor(ParameterCollection inputs, string userIdName, string cursorName)
    {
        _ = inputs ?? throw new ArgumentNullException(nameof(inputs));
        if (!inputs.TryGetValue(userIdName, out object value) || value is not Guid userId || userId == Guid.Empty)
        {
            throw new InvalidPluginExecutionException($"{userIdName} is required: send the id of the user (systemuser) whose adoption data this is.");
        }

        try
        {
            return PersonalDataCursor.Parse(inputs.TryGetValue(cursorName, out object cursor) ? cursor as string : null, userId);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidPluginExecutionException(invalid.Message, invalid);
        }
    }
}
