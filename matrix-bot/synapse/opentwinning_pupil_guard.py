"""OpenTwinning pupil guard: a Synapse module that keeps pupils' accounts inside their TwinSpace.

Pupils are minors. Their accounts are made by the OpenTwinning bot (a server admin) with a
pseudonymous localpart that starts with a fixed prefix (``tw-`` by default, the one
``newPupilLocalpart()`` in ``matrix-bot/accounts/passwords.ts`` uses). Only a server admin can
make such an account when registration is off, so the prefix cannot be faked by a client.

For a pupil account the homeserver refuses, whatever client is used:

- creating a room (so no private rooms and no direct chats), a room alias, or publishing a
  room in the room directory;
- inviting anyone, including by e-mail or phone (3pid invites);
- joining any room without a pending invite from a server admin (the bot);
- being invited by anyone but a server admin (Synapse skips these checks for admins, so the
  bot still invites pupils into their project's rooms), or by a user of another server;
- finding, in the user directory, anyone it is not joined to a room with; and anyone else
  finding a pupil they are not joined to a room with;
- showing, in any room, a display name a server admin (the bot) did not give it, or any
  avatar (a minor's photo has no place there, and the bot never sets one), so a pupil cannot
  pose as a teacher: a profile change of its own is refused in the rooms it is in, and a room
  it joins shows the admin-given name.

Synapse has no hook to refuse the change of a pupil's *global* profile (``on_profile_update``
only hears of it): the module sets an own display name back at once. A pupil's own global
avatar stays (the module API cannot set avatars), which is harmless: with
``limit_profile_requests_to_users_who_share_rooms`` and the user-directory rule above only the
members of the pupil's own rooms can read it, and their Matrix apps show the rooms' membership
events, which carry no pupil avatar.

The module also answers ``GET /_synapse/client/opentwinning/guard`` with its version, so the
bot can check that the homeserver guards pupils before it makes their accounts.

Configuration (homeserver.yaml)::

    modules:
      - module: opentwinning_pupil_guard.PupilGuard
        config:
          pupil_localpart_prefix: "tw-"   # optional, this is the default

The file must be importable by Synapse's Python (e.g. on its PYTHONPATH). Tested with
Synapse 1.163 (spam-checker and third-party-rules callbacks, module API since 1.37). The
admin-given names are kept in the homeserver's database, table ``opentwinning_pupil_names``.
"""

import json
from typing import Any, Literal

from synapse.api.errors import Codes
from synapse.events import EventBase
from synapse.module_api import ModuleApi
from synapse.storage.roommember import ProfileInfo
from synapse.types import StateMap, UserID, UserProfile
from twisted.web.resource import Resource
from twisted.web.server import Request

NOT_SPAM: Literal["NOT_SPAM"] = "NOT_SPAM"
DEFAULT_PREFIX = "tw-"
# What the bot checks (PUPIL_GUARD_VERSION in matrix-bot/accounts/pupilGuardProbe.ts): raise it
# when the bot comes to rely on a new rule. 2: pupils' names in rooms.
VERSION = 2
VERSION_PATH = "/_synapse/client/opentwinning/guard"
PROFILE_FIELDS = ("displayname", "avatar_url")

# What a spam-checker callback answers: allowed, or the error code of the refusal.
Verdict = Literal["NOT_SPAM"] | Codes


class PupilGuardConfig:
    def __init__(self, pupil_localpart_prefix: str) -> None:
        self.pupil_localpart_prefix = pupil_localpart_prefix


class PupilGuard:
    def __init__(self, config: PupilGuardConfig, api: ModuleApi) -> None:
        self._api = api
        self._pupil_user_prefix = "@" + config.pupil_localpart_prefix
        api.register_spam_checker_callbacks(
            user_may_create_room=self.user_may_create_room,
            user_may_create_room_alias=self.user_may_create_room_alias,
            user_may_publish_room=self.user_may_publish_room,
            user_may_invite=self.user_may_invite,
            federated_user_may_invite=self.federated_user_may_invite,
            user_may_send_3pid_invite=self.user_may_send_3pid_invite,
            user_may_join_room=self.user_may_join_room,
            check_username_for_spam=self.check_username_for_spam,
        )
        api.register_third_party_rules_callbacks(
            check_event_allowed=self.check_event_allowed,
            on_profile_update=self.on_profile_update,
        )
        # Accounts made by a server admin start with the profile the admin gave them.
        api.register_account_validity_callbacks(on_user_registration=self.on_user_registration)
        api.register_web_resource(VERSION_PATH, GuardVersionResource())
        self._names = AdminGivenNames(api)

    @staticmethod
    def parse_config(config: dict[str, Any]) -> PupilGuardConfig:
        prefix = config.get("pupil_localpart_prefix", DEFAULT_PREFIX)
        # An empty prefix would make every local account a pupil's.
        if not isinstance(prefix, str) or not prefix:
            raise ValueError(
                "opentwinning_pupil_guard: pupil_localpart_prefix must be a non-empty string"
            )
        return PupilGuardConfig(prefix)

    def is_pupil(self, user_id: str) -> bool:
        """A local account with the pupils' prefix; users of other servers never are pupils."""
        return user_id.startswith(self._pupil_user_prefix) and self._api.is_mine(user_id)

    def _refuse_pupil(self, user_id: str) -> Verdict:
        return Codes.FORBIDDEN if self.is_pupil(user_id) else NOT_SPAM

    async def user_may_create_room(self, user_id: str, _request: dict[str, Any]) -> Verdict:
        return self._refuse_pupil(user_id)

    async def user_may_create_room_alias(self, user_id: str, _alias: Any) -> Verdict:
        return self._refuse_pupil(user_id)

    async def user_may_publish_room(self, user_id: str, _room_id: str) -> Verdict:
        return self._refuse_pupil(user_id)

    async def user_may_invite(self, inviter: str, invitee: str, _room_id: str) -> Verdict:
        # Synapse does not ask for invites sent by server admins: the bot's invites never get here.
        if self.is_pupil(inviter) or self.is_pupil(invitee):
            return Codes.FORBIDDEN
        return NOT_SPAM

    async def federated_user_may_invite(self, event: Any) -> Verdict:
        return self._refuse_pupil(event.state_key)

    async def user_may_send_3pid_invite(
        self, inviter: str, _medium: str, _address: str, _room_id: str
    ) -> Verdict:
        return self._refuse_pupil(inviter)

    async def user_may_join_room(
        self, user_id: str, room_id: str, is_invited: bool
    ) -> Verdict:
        if not self.is_pupil(user_id):
            return NOT_SPAM
        # Invites sent before this module was installed count too.
        state = await self._api.get_room_state(room_id, [("m.room.member", user_id)])
        member = state.get(("m.room.member", user_id))
        if member is None:
            return Codes.FORBIDDEN
        # Synapse asks again when a member's profile changes (a "join" while joined):
        # check_event_allowed decides on the profile.
        if member.membership == "join":
            return NOT_SPAM
        if is_invited and member.membership == "invite" and await self._sent_by_admin(member):
            return NOT_SPAM
        return Codes.FORBIDDEN

    async def _sent_by_admin(self, event: EventBase) -> bool:
        return self._api.is_mine(event.sender) and await self._api.is_user_admin(event.sender)

    async def check_username_for_spam(self, user_profile: UserProfile, requester_id: str) -> bool:
        """True hides the user from this directory search."""
        found = user_profile["user_id"]
        if found == requester_id or not (self.is_pupil(requester_id) or self.is_pupil(found)):
            return False
        return not await self._share_a_room(requester_id, found)

    async def _share_a_room(self, one: str, other: str) -> bool:
        # The module API has no "rooms of a user"; the current state answers it in one query.
        def query(txn: Any) -> bool:
            txn.execute(
                """
                SELECT 1 FROM current_state_events AS a
                JOIN current_state_events AS b ON a.room_id = b.room_id
                WHERE a.type = 'm.room.member' AND a.state_key = ? AND a.membership = 'join'
                  AND b.type = 'm.room.member' AND b.state_key = ? AND b.membership = 'join'
                LIMIT 1
                """,
                (one, other),
            )
            return txn.fetchone() is not None

        return await self._api.run_db_interaction(
            "opentwinning_pupil_guard_share_a_room", query
        )

    async def on_user_registration(self, user_id: str) -> None:
        if self.is_pupil(user_id):
            profile = await self._api.get_profile_for_user(UserID.from_string(user_id).localpart)
            await self._names.keep(user_id, profile.display_name)

    async def on_profile_update(
        self, user_id: str, profile: ProfileInfo, by_admin: bool, deactivation: bool
    ) -> None:
        # A deactivated account's profile is erased: nothing to keep, nothing to set back.
        if deactivation or not self.is_pupil(user_id):
            return
        if by_admin:
            await self._names.keep(user_id, profile.display_name)
            return
        given = await self._names.of(user_id)
        if given is not None and profile.display_name != given.name:
            # The pupil's own name goes back at once (as an admin's change, so kept as is), so
            # an admin's later change of another field never carries it.
            await self._api.set_displayname(UserID.from_string(user_id), given.name or "")

    async def check_event_allowed(
        self, event: EventBase, state: StateMap[EventBase]
    ) -> tuple[bool, dict[str, Any] | None]:
        """A pupil's membership shows the admin-given name and no avatar.

        Synapse makes a membership event for every room when a profile changes (an admin's
        change too), so the event itself cannot tell who asked: the admin-given name can.
        """
        if (
            event.type != "m.room.member"
            or event.membership != "join"
            or not self.is_pupil(event.state_key)
        ):
            return True, None
        previous = state.get(("m.room.member", event.state_key))
        shown = profile_of(previous) if previous is not None and previous.membership == "join" else None
        given = await self._names.of(event.state_key)
        if given is not None:
            allowed = {"displayname": given.name, "avatar_url": None}
        elif shown is not None:
            # An account made before this module kept names: until an admin names it,
            # nothing changes in the rooms it is in.
            allowed = shown
        else:
            return True, None
        asked = profile_of(event)
        if asked == allowed:
            return True, None
        if allowed == shown:
            # A change of the pupil's own (the global profile's avatar rides along on every
            # copy): nothing admin-given in it.
            return False, None
        # The admin-given name, without the pupil's avatar: a first join, or an admin's rename.
        replacement = event.get_dict()
        content = {k: v for k, v in event.content.items() if k not in PROFILE_FIELDS}
        content.update({field: value for field, value in allowed.items() if value is not None})
        replacement["content"] = content
        return True, replacement


def profile_of(member: EventBase) -> dict[str, Any]:
    return {field: member.content.get(field) for field in PROFILE_FIELDS}


class GivenName:
    def __init__(self, name: str | None) -> None:
        self.name = name


class AdminGivenNames:
    """The last display name a server admin gave each pupil, in a table of the homeserver's database."""

    def __init__(self, api: ModuleApi) -> None:
        self._api = api
        self._table_ready = False

    async def keep(self, user_id: str, name: str | None) -> None:
        def upsert(txn: Any) -> None:
            txn.execute(
                """
                INSERT INTO opentwinning_pupil_names (user_id, displayname) VALUES (?, ?)
                ON CONFLICT (user_id) DO UPDATE SET displayname = excluded.displayname
                """,
                (user_id, name),
            )

        await self._ensure_table()
        await self._api.run_db_interaction("opentwinning_pupil_guard_keep_name", upsert)

    async def of(self, user_id: str) -> GivenName | None:
        """None for an account made before this module kept names."""

        def select(txn: Any) -> GivenName | None:
            txn.execute(
                "SELECT displayname FROM opentwinning_pupil_names WHERE user_id = ?", (user_id,)
            )
            row = txn.fetchone()
            return None if row is None else GivenName(row[0])

        await self._ensure_table()
        return await self._api.run_db_interaction("opentwinning_pupil_guard_name", select)

    async def _ensure_table(self) -> None:
        # Synapse's own schema knows nothing of modules' tables: the module makes its own, once.
        if self._table_ready:
            return

        def create(txn: Any) -> None:
            txn.execute(
                """
                CREATE TABLE IF NOT EXISTS opentwinning_pupil_names (
                    user_id TEXT PRIMARY KEY, displayname TEXT
                )
                """
            )

        await self._api.run_db_interaction("opentwinning_pupil_guard_create_names", create)
        self._table_ready = True


class GuardVersionResource(Resource):
    """``{"version": N}``: the bot's proof that this homeserver guards pupils."""

    isLeaf = True

    def render_GET(self, request: Request) -> bytes:
        request.setHeader(b"Content-Type", b"application/json")
        return json.dumps({"version": VERSION}).encode()
