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
  finding a pupil they are not joined to a room with.

Configuration (homeserver.yaml)::

    modules:
      - module: opentwinning_pupil_guard.PupilGuard
        config:
          pupil_localpart_prefix: "tw-"   # optional, this is the default

The file must be importable by Synapse's Python (e.g. on its PYTHONPATH). Tested with
Synapse 1.163 (spam-checker callbacks, module API since 1.37).
"""

from typing import Any, Literal

from synapse.api.errors import Codes
from synapse.module_api import ModuleApi
from synapse.types import UserProfile

NOT_SPAM: Literal["NOT_SPAM"] = "NOT_SPAM"
DEFAULT_PREFIX = "tw-"

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
        if is_invited and await self._invited_by_admin(user_id, room_id):
            return NOT_SPAM
        return Codes.FORBIDDEN

    async def _invited_by_admin(self, user_id: str, room_id: str) -> bool:
        # Also covers invites sent before this module was installed.
        state = await self._api.get_room_state(room_id, [("m.room.member", user_id)])
        member = state.get(("m.room.member", user_id))
        if member is None or member.membership != "invite":
            return False
        return self._api.is_mine(member.sender) and await self._api.is_user_admin(member.sender)

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
