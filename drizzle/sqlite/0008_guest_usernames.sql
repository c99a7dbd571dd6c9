-- A custom migration (drizzle-kit generate --custom), filled in by hand: every user gets a handle for
-- @mentions. New guests get one made from their display name at joinAsGuest; guests from before get
-- `guest-<id>`, unique because ids are (an id is 25 lower-case letters and digits, so this is 31
-- characters, within the 32 a username may have).
UPDATE users SET username = 'guest-' || id, username_key = 'guest-' || lower(id) WHERE username IS NULL;
