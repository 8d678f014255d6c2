using Competitions.Contracts;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Errors;
using Competitions.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Competitions.Grains.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Configuration)] IPersistentState<AccountState> state,
    ContestClock clock) : Grain, IAccountGrain
{
    public const int MinimumPasswordLength = 10;

    // ASP.NET Core Identity's hasher: PBKDF2-HMAC-SHA512 with a per-password salt, versioned so old hashes rehash.
    private static readonly PasswordHasher<string> Hasher = new();
    private static readonly string UnknownUserHash = Hasher.HashPassword(string.Empty, Guid.NewGuid().ToString());

    private AccountState S => state.State;

    private string UserName => this.GetPrimaryKeyString();

    public async Task<Account> Save(AccountSetup setup)
    {
        if (string.IsNullOrWhiteSpace(setup.DisplayName))
        {
            throw CompetitionRuleException.Invalid("account-name", "An account needs a display name.");
        }

        if (!Keys.IsValidId(UserName))
        {
            throw CompetitionRuleException.Invalid("account-user-name", "A user name is 1–64 letters, digits, '-' or '_'.");
        }

        if (setup.ContestIds.Any(id => !Keys.IsValidId(id)))
        {
            throw CompetitionRuleException.Invalid("account-contests", "Every contest id must be 1–64 letters, digits, '-' or '_'.");
        }

        if (setup.IsAdministrator && setup.Role != AccountRole.Organizer)
        {
            throw CompetitionRuleException.Invalid("account-role", "An administrator is an organizer.");
        }

        if (setup.Role == AccountRole.TeamLeader && string.IsNullOrWhiteSpace(setup.Delegation))
        {
            throw CompetitionRuleException.Invalid("account-delegation", "A team leader's account names his delegation.");
        }

        if (setup.Password is { } password)
        {
            if (password.Length < MinimumPasswordLength)
            {
                throw CompetitionRuleException.Invalid("password-too-short", $"A password needs at least {MinimumPasswordLength} characters.");
            }

            S.PasswordHash = Hasher.HashPassword(UserName, password);
            S.PasswordSetAt = clock.Now;
            S.FailuresByAddress.Clear();
        }
        else if (S.PasswordHash is null)
        {
            throw CompetitionRuleException.Invalid("password-required", "A new account needs a password.");
        }

        S.DisplayName = setup.DisplayName.Trim();
        S.IsAdministrator = setup.IsAdministrator;
        S.ContestIds = [.. setup.ContestIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        S.Disabled = setup.Disabled;
        S.Role = setup.Role;
        S.Delegation = setup.Role == AccountRole.TeamLeader ? setup.Delegation!.Trim() : null;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).Register(UserName);
        return View()!;
    }

    public async Task<Account?> SignIn(string password, string clientAddress)
    {
        var now = clock.Now;
        var failures = S.FailuresByAddress.ToDictionary(pair => pair.Key, pair => new SignInFailures(pair.Value.Count, pair.Value.LastAt), StringComparer.Ordinal);
        if (S.PasswordHash is null || !SignInThrottle.AccountMayTryFrom(failures, clientAddress, now))
        {
            // As slow as a real check, so response times do not tell which user names exist or are held back.
            Hasher.VerifyHashedPassword(UserName, UnknownUserHash, password);
            return null;
        }

        var result = Hasher.VerifyHashedPassword(UserName, S.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            S.FailuresByAddress = SignInThrottle.AfterFailure(failures, clientAddress, now)
                .ToDictionary(pair => pair.Key, pair => new SignInFailureRecord(pair.Value.Count, pair.Value.LastAt), StringComparer.Ordinal);
            await state.WriteStateAsync();
            return null;
        }

        // Checked after the password, so a disabled account costs the same time and says no more than a wrong password.
        if (S.Disabled)
        {
            return null;
        }

        var rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        if (rehash)
        {
            S.PasswordHash = Hasher.HashPassword(UserName, password);
        }

        if (S.FailuresByAddress.Remove(clientAddress) || rehash)
        {
            await state.WriteStateAsync();
        }

        return View();
    }

    public Task<Account?> Get() => Task.FromResult(View());

    private Account? View() => S.PasswordHash is null
        ? null
        : new Account(UserName, S.DisplayName!, S.IsAdministrator, [.. S.ContestIds], S.Disabled, S.Role, S.Delegation, S.PasswordSetAt);
}
