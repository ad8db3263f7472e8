from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = 'document'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='document_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(Integer, nullable=False)
    body: Mapped[Optional[str]] = mapped_column(Text)
