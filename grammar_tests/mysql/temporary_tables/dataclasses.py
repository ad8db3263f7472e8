from sqlalchemy import String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Item(Base):
    __tablename__ = 'item'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    label: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    price: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))


class ItemCopy(Base):
    __tablename__ = 'item_copy'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
