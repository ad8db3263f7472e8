from typing import Optional

from sqlalchemy import Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Notes(Base):
    __tablename__ = 'notes'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    body: Mapped[Optional[str]] = mapped_column(Text)
