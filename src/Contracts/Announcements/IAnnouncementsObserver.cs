using Orleans.Concurrency;

namespace Competitions.Contracts.Announcements;

/// <summary>Implemented once per web node: the node sends the changed banners to the public pages it serves.</summary>
public interface IAnnouncementsObserver : IGrainObserver
{
    [OneWay]
    Task OnBannersChanged(BannerBoard banners);
}
