from typing import Optional

from sqlalchemy import Index, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = 'note'
    __table_args__ = (
        Index('note_body', 'body'),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)
