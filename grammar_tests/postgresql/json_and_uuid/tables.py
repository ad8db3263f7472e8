from sqlalchemy import Column, Index, JSON, MetaData, PrimaryKeyConstraint, Table, Uuid, text
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()


t_api_keys = Table(
    'api_keys', metadata,
    Column('id', Uuid, primary_key=True, server_default=text('gen_random_uuid()')),
    Column('owner', Uuid, nullable=False),
    Column('settings', JSONB, nullable=False, server_default=text("'{}'::jsonb")),
    Column('scopes', JSONB, server_default=text('\'["read"]\'::jsonb')),
    Column('payload', JSON),
    Column('raw_meta', JSON, server_default=text('\'{"v": 1}\'::json')),
    PrimaryKeyConstraint('id', name='api_keys_pkey'),
    Index('api_keys_settings_idx', 'settings', postgresql_using='gin')
)
