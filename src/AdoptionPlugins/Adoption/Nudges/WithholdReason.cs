namespace AdoptionPlugins.Adoption.Nudges;

/// <summary>Why a message was held back; every withheld message is logged with one.</summary>
public enum WithholdReason
{
    AlreadyHandled,
    AudienceOff,
    OptedOut,
    Vip,
    QuietDay,
    CoolDown,
    NoResponseYet,
    AlreadyMessagedThisPeriod,
    OtherMessageChosen,
    RunLimit,
    GroupTooSmall,
}
