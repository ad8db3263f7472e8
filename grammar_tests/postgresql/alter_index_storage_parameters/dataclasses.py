from typing import Optional
import datetime

from sqlalchemy import DateTime, Index, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = 'event'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='event_pkey'),
        Index('event_created_idx', 'created_at', postgresql_with={'deduplicate_items': 'on'}),
        Index('event_kind_idx', 'kind', postgresql_with={'deduplicate_items': 'off', 'fillfactor': '90'}),
        Index('event_lower_kind_idx'),
        Index('event_payload_idx', 'payload', postgresql_using='gin', postgresql_with={'gin_pending_list_limit': '512'})
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False)
    payload: Mapped[Optional[object]] = mapped_column(JSONB)
