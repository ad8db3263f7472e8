from typing import Optional
import uuid

from sqlalchemy import Uuid, text
from sqlalchemy.dialects.mysql import LONGTEXT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
from sqlalchemy.sql.sqltypes import NullType

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ApiKeys(Base):
    __tablename__ = 'api_keys'

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=text('uuid()'))
    owner: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    settings: Mapped[str] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    scopes: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'), server_default=text('\'["read"]\''))
    last_ip: Mapped[Optional[object]] = mapped_column(NullType)
    payload: Mapped[Optional[str]] = mapped_column(LONGTEXT)
