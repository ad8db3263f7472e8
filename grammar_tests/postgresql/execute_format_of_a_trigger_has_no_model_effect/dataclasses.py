import datetime

from sqlalchemy import Boolean, DateTime, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Notes(Base):
    __tablename__ = 'notes'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('now()'))
    pinned: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
