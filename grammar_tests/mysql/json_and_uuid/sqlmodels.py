from typing import Optional
import uuid

from sqlalchemy import Column, Uuid, text
from sqlalchemy.dialects.mysql import LONGTEXT
from sqlalchemy.sql.sqltypes import NullType
from sqlmodel import Field, SQLModel

class ApiKeys(SQLModel, table=True):
    __tablename__ = 'api_keys'

    id: uuid.UUID = Field(sa_column=Column('id', Uuid, primary_key=True, server_default=text('uuid()')))
    owner: uuid.UUID = Field(sa_column=Column('owner', Uuid, nullable=False))
    settings: str = Field(sa_column=Column('settings', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False))
    scopes: Optional[str] = Field(default=None, sa_column=Column('scopes', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), server_default=text('\'["read"]\'')))
    last_ip: Optional[object] = Field(default=None, sa_column=Column('last_ip', NullType))
    payload: Optional[str] = Field(default=None, sa_column=Column('payload', LONGTEXT))
