namespace AdoptionPlugins.Schema;

/// <summary>The <c>SendAppNotification</c> message and the parameters a nudge sends (dataverse-facts 6.1).</summary>
public static class AppNotifications
{
    public const string MessageName = "SendAppNotification";
    public const string Title = "Title";
    public const string Body = "Body";

    /// <summary>A systemuser; teams cannot receive notifications.</summary>
    public const string Recipient = "Recipient";
    public const string IconType = "IconType";
    public const string ToastType = "ToastType";

    /// <summary>Seconds the notification stays; stored as ttlinseconds.</summary>
    public const string Expiry = "Expiry";

    public const int IconInfo = 100000000;
    public const int IconSuccess = 100000001;

    /// <summary>Shown in the list, not as a pop-up: a nudge should never interrupt someone.</summary>
    public const int ToastHidden = 200000001;
}
