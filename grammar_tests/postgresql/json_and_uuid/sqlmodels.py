from typing import Optional
import uuid

from sqlalchemy import Column, Index, JSON, PrimaryKeyConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel

class ApiKeys(SQLModel, table=True):
    __tablename__ = 'api_keys'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='api_keys_pkey'),
        Index('api_keys_settings_idx', 'settings', postgresql_using='gin')
    )

    id: uuid.UUID = Field(sa_column=Column('id', Uuid, primary_key=True, server_default=text('gen_random_uuid()')))
    owner: uuid.UUID = Field(sa_column=Column('owner', Uuid, nullable=False))
    settings: object = Field(sa_column=Column('settings', JSONB, nullable=False, server_default=text("'{}'::jsonb")))
    scopes: Optional[object] = Field(default=None, sa_column=Column('scopes', JSONB, server_default=text('\'["read"]\'::jsonb')))
    payload: Optional[object] = Field(default=None, sa_column=Column('payload', JSON))
    raw_meta: Optional[object] = Field(default=None, sa_column=Column('raw_meta', JSON, server_default=text('\'{"v": 1}\'::json')))
