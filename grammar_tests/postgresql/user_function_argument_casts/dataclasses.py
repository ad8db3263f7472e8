from typing import Optional
import datetime

from sqlalchemy import BigInteger, CheckConstraint, Computed, DateTime, Integer, PrimaryKeyConstraint, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Events(Base):
    __tablename__ = 'events'
    __table_args__ = (
        CheckConstraint("to_stamp(code) > '2000-01-01 00:00:00'::timestamp without time zone AND widen((small + 1)::bigint) > 0", name='code_stamp'),
        PrimaryKeyConstraint('id', name='events_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload: Mapped[Optional[object]] = mapped_column(JSONB)
    small: Mapped[Optional[int]] = mapped_column(Integer)
    code: Mapped[Optional[str]] = mapped_column(String(5))
    happened: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, Computed("to_stamp(((payload ->> 'at'::text))::character varying)", persisted=True))
    wide: Mapped[Optional[int]] = mapped_column(BigInteger, Computed('widen((small)::bigint)', persisted=True))
    wide2: Mapped[Optional[int]] = mapped_column(BigInteger, server_default=text("widen((3)::bigint, 'y'::text)"))
    stamp2: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime, server_default=text("to_stamp('2020-01-01'::character varying)"))
    same: Mapped[Optional[int]] = mapped_column(Integer, Computed('ident(small)', persisted=True))
