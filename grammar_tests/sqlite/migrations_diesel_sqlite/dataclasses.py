from typing import Optional
import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, TIMESTAMP, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Sources(Base):
    __tablename__ = 'sources'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_url: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    title: Mapped[Optional[str]] = mapped_column(Text)

    entries: Mapped[list['Entries']] = relationship('Entries', back_populates='feed')


class Entries(Base):
    __tablename__ = 'entries'
    __table_args__ = (
        UniqueConstraint('feed_id', 'guid'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey('sources.id'), nullable=False)
    guid: Mapped[str] = mapped_column(Text, nullable=False)
    read: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('0'))
    fetched_at: Mapped[Optional[datetime.datetime]] = mapped_column(TIMESTAMP)

    feed: Mapped['Sources'] = relationship('Sources', back_populates='entries')
