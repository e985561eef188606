using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Service.Messages;

/// <summary>One email the emulated mailbox delivered: who sent it, who received it and what it said.</summary>
public sealed record SentEmail(
    Guid EmailId,
    string? Subject,
    string? Body,
    IReadOnlyList<EmailParty> From,
    IReadOnlyList<EmailParty> To,
    IReadOnlyList<EmailParty> Cc,
    IReadOnlyList<EmailParty> Bcc,
    EntityReference? Regarding,
    DateTime SentOn);
