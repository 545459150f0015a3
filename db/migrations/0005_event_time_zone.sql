-- The event's time zone (IANA name, such as Asia/Bangkok): every time the event's pages show is
-- in it, whatever the server's own zone. NULL: the server's zone, as before.
ALTER TABLE events ADD COLUMN time_zone TEXT;
