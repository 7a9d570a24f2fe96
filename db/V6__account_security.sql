-- Account security: sign-in throttling, password changes, who disabled an account and when.
alter table account
    add column failed_sign_ins     integer      not null default 0 check (failed_sign_ins >= 0),
    add column locked_until        timestamptz,
    add column password_changed_at timestamptz  not null default now(),
    add column disabled_at         timestamptz,
    add column disabled_by         varchar(100),
    add column created_by          varchar(100) not null default 'system';
