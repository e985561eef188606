using System;

namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>How a message reaches its recipient: an in-app notification (SendAppNotification), an email from the queue, or both.</summary>
[Flags]
public enum MessageChannels
{
    None = 0,
    InApp = 1,
    Email = 2,
}
