from typing import Optional
import uuid

from sqlalchemy import Index, JSON, PrimaryKeyConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ApiKeys(Base):
    __tablename__ = 'api_keys'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='api_keys_pkey'),
        Index('api_keys_settings_idx', 'settings', postgresql_using='gin')
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=text('gen_random_uuid()'))
    owner: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    settings: Mapped[object] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    scopes: Mapped[Optional[object]] = mapped_column(JSONB, server_default=text('\'["read"]\'::jsonb'))
    payload: Mapped[Optional[object]] = mapped_column(JSON)
    raw_meta: Mapped[Optional[object]] = mapped_column(JSON, server_default=text('\'{"v": 1}\'::json'))
